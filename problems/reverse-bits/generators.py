from hypothesis import strategies as st

TOP = 2**32 - 1

# Small numbers shrink to readable failures (and have many leading zeros);
# numbers built from a set of bit positions reach single high bits and long runs
# that uniform draws rarely produce.
_from_bits = st.sets(st.integers(0, 31)).map(lambda bits: sum(1 << b for b in bits))
_n = st.integers(0, 255) | st.integers(0, TOP) | _from_bits


def random_input():
    return _n.map(lambda n: [n])


def check_input(n):
    # LeetCode's constraints (prompt.md): 0 <= n <= 2^32 - 1 (n fits in 32 bits, unsigned).
    if not 0 <= n <= TOP:
        return f"n is {n:,}; it is from 0 to 2^32 - 1"
    return None
