// The swiftpy command: everything lives in the SwiftPy library.
import SwiftPy
import Glibc
exit(swiftpyMain(CommandLine.arguments))
