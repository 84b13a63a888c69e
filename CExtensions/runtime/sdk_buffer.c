/* SwiftPy SDK: buffer helpers over Py_buffer's shape/strides/suboffsets (pure computation). */
#include "swiftpy_internal.h"

void *PyBuffer_GetPointer(const Py_buffer *view, const Py_ssize_t *indices) {
    char *p = (char *)view->buf;
    for (int i = 0; i < view->ndim; i++) {
        Py_ssize_t stride = view->strides ? view->strides[i] : view->itemsize;
        p += indices[i] * stride;
        if (view->suboffsets != NULL && view->suboffsets[i] >= 0)
            p = *((char **)p) + view->suboffsets[i];
    }
    return p;
}

void PyBuffer_FillContiguousStrides(int nd, Py_ssize_t *shape, Py_ssize_t *strides, int itemsize, char order) {
    Py_ssize_t sd = itemsize;
    if (order == 'F') {
        for (int k = 0; k < nd; k++) {
            strides[k] = sd;
            sd *= shape[k];
        }
    } else {
        for (int k = nd - 1; k >= 0; k--) {
            strides[k] = sd;
            sd *= shape[k];
        }
    }
}

/* Visits every item of view in `order` ('C': last index fastest; 'F': first; 'A': C) and copies
   itemsize bytes between it and the contiguous buffer buf (to_view: buf -> view). */
static int copy_items(const Py_buffer *view, char *buf, Py_ssize_t len, char order, int to_view) {
    if (len > view->len)
        len = view->len;
    if (view->ndim == 0 || view->shape == NULL) {
        if (to_view) memcpy(view->buf, buf, (size_t)len);
        else memcpy(buf, view->buf, (size_t)len);
        return 0;
    }
    if (PyBuffer_IsContiguous(view, order == 'A' ? 'A' : order)) {
        if (to_view) memcpy(view->buf, buf, (size_t)len);
        else memcpy(buf, view->buf, (size_t)len);
        return 0;
    }
    int nd = view->ndim;
    Py_ssize_t *idx = PyMem_Calloc((size_t)nd, sizeof(Py_ssize_t));
    if (idx == NULL) {
        PyErr_NoMemory();
        return -1;
    }
    Py_ssize_t item = view->itemsize;
    for (Py_ssize_t done = 0; done + item <= len; done += item) {
        char *p = PyBuffer_GetPointer(view, idx);
        if (to_view) memcpy(p, buf + done, (size_t)item);
        else memcpy(buf + done, p, (size_t)item);
        /* advance the multi-index */
        if (order == 'F') {
            for (int k = 0; k < nd; k++) {
                if (++idx[k] < view->shape[k]) break;
                idx[k] = 0;
            }
        } else {
            for (int k = nd - 1; k >= 0; k--) {
                if (++idx[k] < view->shape[k]) break;
                idx[k] = 0;
            }
        }
    }
    PyMem_Free(idx);
    return 0;
}

int PyBuffer_ToContiguous(void *buf, const Py_buffer *src, Py_ssize_t len, char order) {
    if (len != src->len) {
        PyErr_SetString(PyExc_ValueError, "PyBuffer_ToContiguous: len != view->len");
        return -1;
    }
    return copy_items(src, (char *)buf, len, order, 0);
}

int PyBuffer_FromContiguous(const Py_buffer *view, const void *buf, Py_ssize_t len, char fort) {
    if (view->readonly) {
        PyErr_SetString(PyExc_BufferError, "buffer is read-only");
        return -1;
    }
    return copy_items(view, (char *)buf, len, fort, 1);
}
