import KartaCheck
import KartaPlan
import KartaSchedule

/// libFuzzer's entry for programs with their own `main` (LLVM 12 and later).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ body: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

/// A fuzz target's body: the bytes of one input.
public typealias FuzzBody = @convention(c) (UnsafePointer<UInt8>, Int) -> CInt

/// Runs libFuzzer with the program's arguments. SwiftPM links an executable's entry point as
/// `<module>_main` (so that tests can import executables), which keeps libFuzzer's own `main` out;
/// every target therefore has a `@_cdecl("<module>_main")` that calls this.
public func runFuzzer(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, _ body: FuzzBody)
  -> CInt
{
  var count = argc
  var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
  return LLVMFuzzerRunDriver(&count, &arguments, body)
}

/// The bytes of one input as an array.
public func bytes(_ data: UnsafePointer<UInt8>, _ size: Int) -> [UInt8] {
  Array(UnsafeBufferPointer(start: data, count: size))
}

/// The repository's root: two directories above this package.
private let repository: String = {
  var parts = "\(#filePath)".split(separator: "/", omittingEmptySubsequences: false)
  parts.removeLast(4)  // Fuzz/Sources/FuzzSupport/FuzzSupport.swift
  return parts.joined(separator: "/")
}()

/// The obligations of the shipped Kavalerovo plan, which the status targets read their inputs
/// against (its status files in Examples/kavalerovo are the seeds). Loaded once per process.
public let statusTable: ObligationTable = {
  let path = repository + "/Rules/kavalerovo.plan"
  let loaded = PlanLoader.load(path: path)
  if loaded.diagnostics.contains(where: { $0.severity == .error }) {
    fatalError("the fixed plan \(path) does not load: \(loaded.diagnostics.map(\.message))")
  }
  return ObligationTable(plan: loaded.plan)
}()

/// The check date of the status targets.
public let statusDate = CivilDate(year: 2024, month: 3, day: 4)

/// Reads one status file named `name` (its extension picks the format) against `statusTable`,
/// then once more beside a copy of itself, so that merging and conflicts run too.
public func loadStatus(_ data: UnsafePointer<UInt8>, _ size: Int, name: String) {
  let input = bytes(data, size)
  let one = StatusSet.load(files: [(path: name, bytes: input)], table: statusTable, asOf: statusDate)
  _ = one.errorCount
  let two = StatusSet.load(
    files: [(path: name, bytes: input), (path: "copy-" + name, bytes: input)], table: statusTable, asOf: statusDate)
  _ = two.errorCount
}
