import time
from time import strftime, gmtime

t = gmtime(0)
print(t)
print(t.tm_year, t.tm_yday, t[0], tuple(t)[:6])
print(strftime("%Y-%m-%d %H:%M:%S", gmtime(1700000000)))
print(time.asctime(gmtime(1234567890)))
year, month, day, hour, minute, second, wday, yday, isdst = time.gmtime(951782400)
print(year, month, day, wday, yday, isdst)
lt = time.localtime(1700000000)
print(time.mktime(lt), lt.tm_isdst)
print(time.ctime(1000000000))
stamp = time.strftime("%d/%m/%Y", time.localtime(86400 * 365))
print(stamp)
now = time.localtime()
print(now.tm_year >= 2024, len(time.strftime("%H:%M")) == 5, time.mktime(now) <= time.time() + 1)
