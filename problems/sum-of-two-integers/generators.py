from hypothesis import strategies as st

VALUE = 1000

# Both signs in one draw; small magnitudes first so failures shrink to readable sums.
_value = st.integers(-10, 10) | st.integers(-VALUE, VALUE)


def random_input():
    return st.tuples(_value, _value).map(list)
