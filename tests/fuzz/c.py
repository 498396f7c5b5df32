def _chk(x):
    if type(x) is int and abs(x) >= 2**61: raise SystemExit('BIGINT %d' % x)
    return x
g1 = 5
g2 = 3
g3 = _chk(_chk(84 * 1000000000000000.0) % 360.0)
g4 = 1.0 > 11.0

def f8(p5: bool, p6: float, p7: str) -> float:
    _chk(print(_chk(g3 + _chk(0.25 // _chk(-1))), p6))
    p5 = p5
    if g4:
        for i9 in _chk(range(_chk(_chk(_chk(7 % _chk(_chk(abs(g1)) + 1)) % 10) - 3), _chk(_chk(~g2) % 13), 3)):
            if _chk(not _chk(g1 % _chk(_chk(abs(1)) + 1))):
                break
            _chk(print(_chk(p6 * i9), _chk(_chk(7 ** 0) ^ i9)))
            _chk(print(_chk(_chk(float(_chk(str(g3)))) / 2.0)))
            _chk(print(_chk(7 ** 10), g1, p7, g2))
    p5 = g4
    return g3

def f13(p10: float, p11: bool, p12: str='caxb') -> float:
    global g3, g4
    for i14 in _chk(range(_chk(_chk(_chk(12 % 1) % 10) - 3), _chk(_chk(-g2) % 13), 2)):
        if _chk(float('4.35e22')) != _chk(g1 + g3):
            continue
        _chk(print(_chk(f8(_chk(not _chk(float(109))), p10, _chk(p12 + _chk('x' + 'ae5')) if _chk(_chk(len(p12)) + _chk(len(_chk('x' + 'ae5')))) <= 40 else _chk('x' + 'ae5'))), _chk(_chk(_chk(_chk(i14 - g1) % 5) - 1) * 'za')))
    else:
        p12 = _chk(_chk(_chk(_chk(_chk(-8) % 5) - 1) * 'za') + ('az-y日本' if p11 else ''))
    _chk(print(10 >= g1, p12 or 'cybab', _chk(p10 - g1), _chk(g1 + g1)))
    _chk(print(_chk(str(g2)), _chk(round(_chk(f8(g4, _chk(-309.137), p12)), 3)), _chk(7 ** _chk(g2 % 7)), _chk(_chk(_chk(g2 >> 6) - _chk(9 - g1)) + g1), end=';\n'))
    v15 = _chk(str(p12))
    v16 = p11 or (p11 and p11)
    return _chk(float('-0.0'))

def f18(p17=38.69):
    _chk(f13(_chk(min(_chk(max(_chk(p17 - p17), _chk(-1000000.0))), 1000000.0)), g1 == g1))
    _chk(print(_chk(_chk(-g2) - 987), _chk(f13(p17, True, p12='abcy')), _chk(4 - g2), _chk(_chk(int(_chk(-_chk(-939.2)))) + g2), sep=' - '))
    p17 = _chk(max(_chk(min(_chk(p17 + g3), 1000000.0)), _chk(-1000000.0)))
    if _chk(max(g3, p17, _chk(-0.0))) != _chk(abs(_chk(-7))):
        v19 = True if _chk(-4) <= 1.005 else _chk(not _chk(-6))
    elif g4:
        if ('cbycbb' if g4 else 'xzzx') >= _chk('nanaa' + 'bxxxzy'):
            v20 = False
            _chk(print(_chk(abs(_chk(g2 >> _chk(g2 % 21)))), 'bybxxyz' if v20 else 'nanxax', sep=''))
            if _chk(not v20):
                return _chk(g3 % _chk(_chk(abs(g2)) + 1)) != g2
        _chk(print(_chk('aa' + _chk(('xbxyz' and 'yxzb') + 'ayxbc.')) if _chk(_chk(len('aa')) + _chk(len(_chk(('xbxyz' and 'yxzb') + 'ayxbc.')))) <= 40 else _chk(('xbxyz' and 'yxzb') + 'ayxbc.'), p17 if True else _chk(p17 // 3), _chk(_chk(round(g3, 2)) * _chk(float(_chk(str(p17)))))))
    elif g1 < g1 != _chk(_chk(-4) >> _chk(_chk(_chk(-2) ** _chk(_chk(g2 % _chk(_chk(g2 % 7) + 1)) % 7)) % 21)):
        _chk(print(_chk(90.2552 + g3), g1, g3, 'ax', end=''))
        for i21 in _chk(range(4, 3)):
            _chk(print('ycxb', _chk(g2 - _chk(_chk(-2.5) / 10.0)) > _chk(p17 % _chk(_chk(abs(_chk(g2 >> 9))) + 1)) <= _chk(p17 - g3)))
            _chk(print(_chk(abs(_chk(g2 * 299))), 1e-07, p17 or g3))
            v22 = _chk(str('xxy')) < _chk('xa9' + 'ay') == (_chk('axza' + 'ccy') if _chk(_chk(len('axza')) + _chk(len('ccy'))) <= 40 else 'ccy')
    elif _chk(not (_chk('yzx' + 'yaa') if _chk(_chk(len('yzx')) + _chk(len('yaa'))) <= 40 else 'yaa')):
        return g4 if g4 else g4
    return _chk(_chk(+g1) // _chk(_chk(_chk(int(g4)) % 7) + 1)) >= _chk(~_chk(~_chk(-5))) != 7

def f26(p23, p24, p25):
    global g1
    if _chk(not (False or g4)):
        return
    _chk(print('xa', p25))
    _chk(print(g3))
    if _chk(not 'yacbab') or _chk(-194.69) < p25:
        return
    g1 = _chk(len(_chk('x' + 'zcb\\,')))

def r28(n27):
    v29 = _chk(str(g3)) and _chk(str(g3))
    if n27 <= 0:
        return _chk(not (_chk(v29 + '') if _chk(_chk(len(v29)) + _chk(len(''))) <= 40 else ''))
    if _chk(str(g3)) < _chk(0 * 'aaxbzz'):
        return False
    if _chk(0.125 - _chk(-998.3)) != 0.0:
        return g4
    if g4:
        return g4 and False
    return _chk(not _chk(r28(_chk(n27 - 1)))) and _chk(not 39.667)
_chk(print('f8', _chk(f8(_chk(r28(_chk(_chk(round(g3)) % 12))), _chk(float(_chk(str(1.0)))), _chk('b日本y' + 'znan')))))
_chk(print('f13', _chk(f13(_chk(f8(g4, 3.5, '')), _chk(r28(7)), p12=_chk('ya' + 'a.')))))
_chk(f18(_chk(_chk(g2 * g3) % 2.5)))
_chk(f26(_chk(f18(g3)), _chk(f18(g3)), _chk(max(_chk(min(_chk(_chk(g3 % 65521.5) ** _chk((11 if False else _chk(-975092770960)) % 5)), 1000000.0)), _chk(-1000000.0)))))
_chk(print('r28', _chk(r28(5))))
m30 = g3 != _chk(-561.391) > g3
_chk(print(_chk(str(_chk(r28(_chk(g1 % 12))))), _chk('xbnan' + _chk(min('', 'axz ', 'yaaxyz'))), sep='é'))
_chk(f26(0 != g1, _chk(r28(_chk(_chk(~g1) % 12))), 9.740171269969945e-06))
if _chk(r28(3)):
    for i31 in _chk(range(_chk(_chk(_chk(g1 * g1) % 10) - 3), _chk(_chk(g2 - g2) % 13), 2)):
        _chk(r28(_chk(_chk(10 ** _chk(g1 % 18)) % 12)))
        m30 = 'zyyz' < 'yayz' >= 'xx'
        if _chk(g2 + i31) != _chk(min(99, g2)) >= g2:
            continue
        if _chk(g1 ^ i31) == _chk(g2 + g1):
            break
elif _chk(not _chk(-0.0)) or '' > '' <= 'bbxx':
    m32 = 6
    _chk(f13(g3, g4, 'xazz'))
else:
    m33 = 0.1
    g3 = _chk(max(_chk(min(_chk(_chk(m33 % 65521.5) ** 0), 1000000.0)), _chk(-1000000.0)))
w34 = 0
while w34 < 1:
    w34 = _chk(w34 + 1)
    m35 = "babz'b"
    _chk(print(_chk(916.857 % g3) != _chk(_chk(abs(_chk(-9))) ** 3.0) != g3 if _chk(not _chk(_chk(abs(_chk(g3 % 997.0))) ** 0.25)) else g1 != 279 or _chk(bool(g1)), g1))
_chk(print(_chk(-461.36), end=';\n'))
_chk(f8(m30 or g4, g3, '☃'))
g4 = False
_chk(print(_chk(_chk(abs(_chk(_chk(_chk(6 + _chk(-596)) * _chk(w34 - g2)) % 1000))) ** 2.5), _chk(w34 - 12) if m30 or g4 else g1, _chk(w34 - _chk(f13(_chk(-0.5), m30))), _chk(float('0.1'))))
m36 = _chk(max(_chk(min(_chk(_chk(float(_chk(str(_chk(min(0.0007620777774880611, 1e+16, g3)))))) - _chk(_chk(g3 + g3) * _chk(min(g3, g3, g3)))), 1000000.0)), _chk(-1000000.0)))
_chk(r28(_chk(w34 % 12)))
_chk(print(g1, g2, g3, g4))