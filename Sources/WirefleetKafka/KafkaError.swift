// placeholder
public struct KafkaPlaceholder {}
