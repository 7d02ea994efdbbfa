import FuzzSupport

/// A status CSV file (karta-status/1) read against the Kavalerovo plan.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStatusCSV(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  loadStatus(data, size, name: "status.csv")
  return 0
}

@_cdecl("fuzz_status_csv_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzStatusCSV)
}
