import FuzzSupport
import KartaVerify

/// A `.verify` file's parser: every problem must end in diagnostics.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzVerify(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let spec = VerifySpec.parse(path: "plan.verify", bytes: bytes(data, size))
  _ = spec.diagnostics.count
  return 0
}

@_cdecl("fuzz_verify_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzVerify)
}
