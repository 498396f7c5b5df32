/* Print a double the way Python 3's repr() / print() does: the shortest decimal string
   that reads back as the same double, in fixed notation when the decimal exponent e
   satisfies -5 < e < 16 (with a trailing ".0" for integral values), else d.ddde+XX. */
#ifndef PYFLOAT_H
#define PYFLOAT_H
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void py_float_repr(double x, char *out) {
    if (isnan(x)) { strcpy(out, "nan"); return; }
    if (isinf(x)) { strcpy(out, x < 0 ? "-inf" : "inf"); return; }
    if (x == 0.0) { strcpy(out, signbit(x) ? "-0.0" : "0.0"); return; }
    char buf[64];
    int prec;
    for (prec = 1; prec <= 17; prec++) {
        snprintf(buf, sizeof buf, "%.*e", prec - 1, x);
        if (strtod(buf, NULL) == x) break;
    }
    /* buf = [-]d[.ddd]e[+-]XX: collect the significant digits and the exponent. */
    char digits[32];
    int nd = 0, neg = 0;
    const char *p = buf;
    if (*p == '-') { neg = 1; p++; }
    for (; *p && *p != 'e'; p++)
        if (*p != '.') digits[nd++] = *p;
    int exp10 = atoi(p + 1);
    while (nd > 1 && digits[nd - 1] == '0') nd--;
    digits[nd] = 0;
    char *o = out;
    if (neg) *o++ = '-';
    if (exp10 < -4 || exp10 >= 16) {
        *o++ = digits[0];
        if (nd > 1) { *o++ = '.'; memcpy(o, digits + 1, nd - 1); o += nd - 1; }
        sprintf(o, "e%c%02d", exp10 < 0 ? '-' : '+', abs(exp10));
        return;
    }
    if (exp10 < 0) {
        *o++ = '0'; *o++ = '.';
        for (int i = 0; i < -exp10 - 1; i++) *o++ = '0';
        memcpy(o, digits, nd); o += nd;
    } else {
        for (int i = 0; i <= exp10; i++) *o++ = i < nd ? digits[i] : '0';
        *o++ = '.';
        if (nd > exp10 + 1) { memcpy(o, digits + exp10 + 1, nd - exp10 - 1); o += nd - exp10 - 1; }
        else *o++ = '0';
    }
    *o = 0;
}

static void py_print_float(double x) {
    char s[64];
    py_float_repr(x, s);
    puts(s);
}
#endif
