// The library's face: `import Isnad` gives every layer of the pipeline.
//
//   IsnadModel  <- IsnadText <- IsnadRules <- IsnadEngine
//        ^            ^                           ^
//        +----- IsnadReport                       |
//   Isnad (this target: re-exports all of them, project settings, baseline) <- audit
@_exported import IsnadModel
@_exported import IsnadText
@_exported import IsnadRules
@_exported import IsnadEngine
@_exported import IsnadReport
