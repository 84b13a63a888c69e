import CPython
import SwiftPyFrontend
public enum SwiftPy {}
