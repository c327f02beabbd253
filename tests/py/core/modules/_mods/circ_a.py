print('circ_a: start')
A_EARLY = 'a early'
import circ_b
print('circ_a: after importing circ_b, circ_b.B_LATE =', circ_b.B_LATE)
A_LATE = 'a late'
def from_a():
    return 'from_a sees ' + circ_b.B_LATE
