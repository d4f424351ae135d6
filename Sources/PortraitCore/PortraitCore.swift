// The core as one import, for fronts that use most of it (the command-line tool, the benchmark, tests).
// Each re-exported target keeps its own walls: see ARCHITECTURE.md for what each may import.
@_exported import PortraitText
@_exported import PortraitStore
@_exported import PortraitLoad
@_exported import PortraitCompare
@_exported import PortraitOutput
