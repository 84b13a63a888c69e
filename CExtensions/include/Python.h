#ifndef Py_PYTHON_H
#define Py_PYTHON_H
#endif
