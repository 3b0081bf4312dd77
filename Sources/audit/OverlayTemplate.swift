import Foundation
import Isnad

/// The files `audit rules init DIR` writes: an overlay of the built-in pack with one example
/// rule that passes its own tests, so `audit rules test --coverage DIR` passes from the start.
enum OverlayTemplate {
    /// The overlay's rule file.
    static let ruleFile = "newsroom.yml"

    static let manifest = """
        # This pack is layered on the rule pack shipped with audit: the built-in rules are read
        # first, then the files of this directory. `extends: none` would make it replace them.
        description: Our newsroom's rules
        extends: builtin

        """

    static func fullManifest(source: String) -> String {
        """
        # A full copy of the built-in rule pack (\(source)), edited by this newsroom.
        # It replaces the built-in pack: `extends: none` says so on purpose (no note on each run).
        description: Our newsroom's copy of the built-in rules
        extends: none

        """
    }

    static let rules = """
        # Rules of this newsroom, read after the built-in pack (pack.yml says `extends: builtin`).
        # - a new cue: a rule with its own id (prefixed `house.`, so it never clashes with a shipped id;
        #   an outlet added under `gazetteer:` takes `house-`, its ids having no dots);
        # - a shipped rule changed: the same id with `override: true` and the whole new rule;
        # - a shipped rule switched off: `- {id: report.zaama, disabled: true}`.
        # Every key and the pattern syntax: the README.md of the built-in pack.
        # Check and test with `audit rules check DIR` and `audit rules test --coverage DIR`.
        description: Our newsroom's cues
        kind: report
        rules:
          - id: house.almaha
            description: ألمح "hinted"
            patterns: [ألمح|ألمحت|يلمح|تلمح|ألمحوا]
            examples:
              match: ["و[[ألمح]] الوزير إلى أن الاتفاق قريب."]
              no_match: ["ملامح الاتفاق واضحة."]
        tests:
          - text: وألمح وزير المالية محمد الجدعان إلى أن الأسعار سترتفع.
            label: named
            source: محمد الجدعان

        """

    static func readme(_ dir: String) -> String {
        let name = (dir as NSString).lastPathComponent
        return """
            # \(name)

            Our newsroom's rule pack, layered on the pack shipped with `audit` (`pack.yml`: \
            `extends: builtin`). Add cues to `\(ruleFile)` (or new `*.yml` files), then run \
            `audit rules test --coverage \(name)` and `audit --rules \(name) ARTICLE`, or name it in \
            `.audit.yml` (`rules: [\(name)]`).

            """
    }
}
