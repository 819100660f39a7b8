namespace Verification.Laws.Arithmetic;

/// <summary>The reference softmax of the logits divided by a temperature, for the tempered-softmax laws.</summary>
internal static class ScaledReference
{
    /// <summary>
    /// softmax(x/T) as <see cref="ReferenceSoftmax"/> of (xᵢ − m)/T, m = max x: shifting before dividing keeps every
    /// scaled exponent within ε_d·|xᵢ − m|/T of the truth (x/T − m/T would err by ε_d(|xᵢ| + |m|)/T, unbounded
    /// relative to the spread). Its spreads are then |xᵢ − m|/T, capped at <paramref name="underflowExponent"/>.
    /// </summary>
    /// <param name="x">The row, widened to double; softmax must be defined for it.</param>
    /// <param name="temperature">T &gt; 0 as the kernel receives it, widened.</param>
    /// <param name="underflowExponent">Cap for the spreads.</param>
    public static ReferenceSoftmax Of(double[] x, double temperature, double underflowExponent)
    {
        var max = x.Where(double.IsFinite).Max();
        return ReferenceSoftmax.Of([.. x.Select(value => (value - max) / temperature)], underflowExponent);
    }
}
