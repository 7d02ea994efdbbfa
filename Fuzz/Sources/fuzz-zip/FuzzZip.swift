import FuzzSupport
import KartaOffice

/// The ZIP reader under the standard limits: the central directory, then every entry inflated;
/// then the same bytes as a workbook.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzZip(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let input = bytes(data, size)
  if let archive = try? ZipArchive(bytes: input) {
    for entry in archive.entries { _ = try? archive.data(entry.name) }
  }
  if let workbook = try? Workbook(xlsx: input) {
    _ = workbook.sheets.reduce(0) { $0 + $1.cells.count }
  }
  return 0
}

@_cdecl("fuzz_zip_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzZip)
}
