def factuality_of(text, start, end, event_type):
    return "asserted"
