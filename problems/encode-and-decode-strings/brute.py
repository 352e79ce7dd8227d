class Codec:
    # Each string becomes two hex digits per character (all codes are below
    # 256), and the strings are joined with commas. Hex digits never include a
    # comma, so splitting is safe; an empty string is an empty piece. There is
    # always at least one string, so "" means [""].

    def encode(self, strs: List[str]) -> str:
        return ",".join("".join(f"{ord(c):02x}" for c in item) for item in strs)

    def decode(self, s: str) -> List[str]:
        return [
            "".join(chr(int(piece[k : k + 2], 16)) for k in range(0, len(piece), 2))
            for piece in s.split(",")
        ]
