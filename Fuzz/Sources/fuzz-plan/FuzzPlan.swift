import FuzzSupport
import KartaLint
import KartaPlan

/// A plan file: parsed, resolved (PlanLoader over an in-memory source) and linted with every rule.
/// The input may include itself or a missing file; both must end in diagnostics.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlan(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let sources = InMemorySources(bytes: ["plan.plan": bytes(data, size)])
  let result = Linter().lint(path: "plan.plan", from: sources)
  _ = result.diagnostics.count
  return 0
}

@_cdecl("fuzz_plan_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzPlan)
}
