import ArgumentParser
import Foundation
import Isnad

AuditCommand.main()
