import SwiftPy
print("swiftpy")
