/* SwiftPy SDK: compatibility header; everything is declared by Python.h. */
#include "Python.h"
