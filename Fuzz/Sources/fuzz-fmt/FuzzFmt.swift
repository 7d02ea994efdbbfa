import FuzzSupport
import KartaLanguage

/// `karta fmt`'s properties on a plan file that parses without errors: the formatter's own check
/// (same outline, every line kept) passes, and formatting the result again gives the same bytes.
/// The first byte picks the keyword language (kept, English, Russian). A failed property traps.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFmt(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  guard size > 0 else { return 0 }
  let languages: [KeywordLanguage?] = [nil, .english, .russian]
  let formatter = PlanFormatter(language: languages[Int(data[0]) % 3])
  let input = bytes(data + 1, size - 1)
  guard case .success(let source) = SourceFile.decode(path: "plan.plan", bytes: input) else { return 0 }
  let (syntax, diagnostics) = Parser.parse(source)
  guard !diagnostics.contains(where: { $0.severity == .error }) else { return 0 }
  let once: String
  switch formatter.formatChecked(syntax) {
  case .failure(let problem): fatalError("fmt's check failed: \(problem.message)")
  case .success(let text): once = text
  }
  guard case .success(let formattedSource) = SourceFile.fromText(once, path: "plan.plan") else {
    fatalError("the formatted text does not decode")
  }
  let (reparsed, _) = Parser.parse(formattedSource)
  guard SyntaxOutline(reparsed) == SyntaxOutline(syntax) else { fatalError("formatting changed the outline") }
  let twice = formatter.format(reparsed)
  guard Array(twice.utf8) == Array(once.utf8) else {
    fatalError("formatting is not idempotent:\n--- once\n\(once)\n--- twice\n\(twice)")
  }
  return 0
}

@_cdecl("fuzz_fmt_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
  runFuzzer(argc, argv, fuzzFmt)
}
