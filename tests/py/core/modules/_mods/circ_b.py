print('circ_b: start')
import circ_a
print('circ_b: circ_a partially initialised, has A_EARLY:', hasattr(circ_a, 'A_EARLY'), 'has A_LATE:', hasattr(circ_a, 'A_LATE'))
try:
    from circ_a import A_LATE
except ImportError as e:
    print('circ_b: ImportError:', str(e).rsplit(' (', 1)[0])
B_LATE = 'b late'
