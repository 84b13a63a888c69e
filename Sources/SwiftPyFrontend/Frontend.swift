// SwiftPyFrontend: source text -> tokens -> AST -> bytecode (CodeUnit). Knows nothing of PyObject.
public enum Frontend {}
