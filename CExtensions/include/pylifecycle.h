/* SwiftPy SDK: embedding (initialize, run code, finalize) and misc runtime entry points. */
#ifndef Py_PYLIFECYCLE_H
#define Py_PYLIFECYCLE_H
PyAPI_FUNC(void) Py_Initialize(void);
PyAPI_FUNC(void) Py_InitializeEx(int);
PyAPI_FUNC(int) Py_IsInitialized(void);
PyAPI_FUNC(void) Py_Finalize(void);
PyAPI_FUNC(int) Py_FinalizeEx(void);
PyAPI_FUNC(int) PyRun_SimpleString(const char *command);
PyAPI_FUNC(PyObject *) PyRun_String(const char *str, int start, PyObject *globals, PyObject *locals);
PyAPI_FUNC(PyObject *) Py_CompileString(const char *str, const char *filename, int start);
#define Py_single_input 256
#define Py_file_input 257
#define Py_eval_input 258
PyAPI_FUNC(PyObject *) PySys_GetObject(const char *);   /* borrowed */
PyAPI_FUNC(int) PySys_SetObject(const char *, PyObject *);
PyAPI_FUNC(void) PySys_WriteStdout(const char *format, ...);
PyAPI_FUNC(void) PySys_WriteStderr(const char *format, ...);
PyAPI_FUNC(PyObject *) PyOS_FSPath(PyObject *path);
PyAPI_FUNC(const char *) Py_GetVersion(void);
#endif
