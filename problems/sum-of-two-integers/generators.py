from hypothesis import strategies as st

VALUE = 1000

# Both signs in one draw; small magnitudes first so failures shrink to readable sums.
_value = st.integers(-10, 10) | st.integers(-VALUE, VALUE)


def random_input():
    return st.tuples(_value, _value).map(list)


def check_input(a, b):
    # LeetCode's constraints (prompt.md): -1000 <= a, b <= 1000.
    for name, x in (("a", a), ("b", b)):
        if not -VALUE <= x <= VALUE:
            return f"{name} is {x:,}; it is from -1000 to 1000"
    return None
