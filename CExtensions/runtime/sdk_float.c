/* SwiftPy SDK: PyFloat_Pack4/8, PyFloat_Unpack4/8 (IEEE 754 binary32/binary64, host is IEEE). */
#include "swiftpy_internal.h"

static void put_bytes(const unsigned char *src, char *p, int n, int le) {
    /* the host is little-endian (x86_64 / aarch64 Linux) */
    for (int i = 0; i < n; i++)
        p[i] = (char)(le ? src[i] : src[n - 1 - i]);
}

static void get_bytes(const char *p, unsigned char *dst, int n, int le) {
    for (int i = 0; i < n; i++)
        dst[i] = (unsigned char)(le ? p[i] : p[n - 1 - i]);
}

int PyFloat_Pack4(double x, char *p, int le) {
    float y = (float)x;
    if (isinf(y) && !isinf(x)) {
        PyErr_SetString(PyExc_OverflowError, "float too large to pack with f format");
        return -1;
    }
    unsigned char b[4];
    memcpy(b, &y, 4);
    put_bytes(b, p, 4, le);
    return 0;
}

int PyFloat_Pack8(double x, char *p, int le) {
    unsigned char b[8];
    memcpy(b, &x, 8);
    put_bytes(b, p, 8, le);
    return 0;
}

double PyFloat_Unpack4(const char *p, int le) {
    unsigned char b[4];
    get_bytes(p, b, 4, le);
    float y;
    memcpy(&y, b, 4);
    return (double)y;
}

double PyFloat_Unpack8(const char *p, int le) {
    unsigned char b[8];
    get_bytes(p, b, 8, le);
    double x;
    memcpy(&x, b, 8);
    return x;
}
