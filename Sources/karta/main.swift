import Foundation
import KartaCommandLine

let environment = ProcessInfo.processInfo.environment
exit(Karta.run(Array(CommandLine.arguments.dropFirst()), console: .standard(environment: environment)))
