/* SwiftPy SDK: the one header an extension includes. A source-compatible subset of CPython 3.11's API. */
#ifndef Py_PYTHON_H
#define Py_PYTHON_H
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <math.h>
#include <assert.h>
#include <stdarg.h>
#include <wchar.h>
#include <unistd.h>

#define PY_MAJOR_VERSION 3
#define PY_MINOR_VERSION 11
#define PY_MICRO_VERSION 0
#define PY_RELEASE_LEVEL 0xF
#define PY_RELEASE_SERIAL 0
#define PY_VERSION "3.11.0"
#define PY_VERSION_HEX 0x030B00F0
#define SWIFTPY 1

#include "pyport.h"
#include "object.h"
#include "objimpl.h"
#include "methodobject.h"
#include "descrobject.h"
#include "objects.h"
#include "longobject.h"
#include "unicodeobject.h"
#include "containers.h"
#include "pyerrors.h"
#include "pystate.h"
#include "ceval.h"
#include "moduleobject.h"
#include "modsupport.h"
#include "abstract.h"
#include "pylifecycle.h"
#include "sdk_extras.h"
#endif
