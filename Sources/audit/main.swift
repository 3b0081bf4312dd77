import ArgumentParser
import Foundation
import Isnad

// Usage errors exit 2 (not ArgumentParser's 64), like input and rule errors.
do {
    var command = try AuditCommand.parseAsRoot()
    try command.run()
} catch {
    let code = AuditCommand.exitCode(for: error)
    if code == .success || code.rawValue == 1 || code.rawValue == 2 { AuditCommand.exit(withError: error) }
    FileHandle.standardError.write(AuditCommand.fullMessage(for: error) + "\n")
    if code == .validationFailure { FileHandle.standardError.write(AuditCommand.usageString() + "\n") }
    exit(2)
}
