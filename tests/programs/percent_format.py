# printf-style `%` formatting of literal strings: flags, width, precision, %s %r %d %x %o %e %f %g.


n = 7
x = 3.14159
name = "ada"
print("%d items" % n)
print("%s has %d points (%.2f%%)" % (name, n, x))
print("[%5s] [%-5s] [%05d] [%+d] [%x] [%X] [%o] [%#x]" % (name, name, n, n, 255, 255, 8, 255))
print("%e | %g | %10.3f | %-8.1f|" % (x, x, x, x))
print("%r %s" % (name, [1, 2]))
print("%d" % 3.99, "%s" % (1,), "%5.1s|" % "hello")
