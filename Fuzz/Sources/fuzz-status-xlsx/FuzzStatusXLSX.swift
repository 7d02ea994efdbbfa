import FuzzSupport

/// An Excel status form (.xlsx: ZIP, XML, the form's layout) read against the Kavalerovo plan.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzStatusXLSX(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  loadStatus(data, size, name: "status.xlsx")
  return 0
}

@_cdecl("fuzz_status_xlsx_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzStatusXLSX)
}
