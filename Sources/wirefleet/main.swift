print("wirefleet")
