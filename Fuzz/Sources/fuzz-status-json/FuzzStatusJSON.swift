import FuzzSupport

/// A status JSON file (karta-status/1) read against the Kavalerovo plan.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStatusJSON(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  loadStatus(data, size, name: "status.json")
  return 0
}

@_cdecl("fuzz_status_json_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzStatusJSON)
}
