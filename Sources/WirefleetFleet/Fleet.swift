// placeholder
public struct FleetPlaceholder {}
