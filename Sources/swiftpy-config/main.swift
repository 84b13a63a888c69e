print("swiftpy-config")
