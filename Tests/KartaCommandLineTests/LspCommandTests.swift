import Testing

@testable import KartaCommandLine

/// `karta lsp`'s usage; the server itself is tested in KartaLSPTests.
@Suite struct LspCommandTests {
  @Test func badUsageIsRefusedBeforeTheServerStarts() {
    let extra = karta("lsp", "plan.plan")
    #expect(extra.code == 2)
    #expect(extra.error.contains("unexpected argument 'plan.plan'"))
    let debounce = karta("lsp", "--debounce", "soon")
    #expect(debounce.code == 2)
    #expect(debounce.error.contains("'--debounce soon' is not a number of milliseconds"))
    #expect(karta("lsp", "--debounce", "60001").code == 2)
  }

  @Test func helpNamesTheCommandAndItsEditors() {
    let help = karta("help", "lsp")
    #expect(help.code == 0)
    #expect(help.out.contains("usage: karta lsp [--stdio] [--debounce MS]"))
    #expect(help.out.contains("docs/editors.md"))
    #expect(karta("--help").out.contains("lsp "))
  }
}
