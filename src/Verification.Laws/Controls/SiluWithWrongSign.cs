namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: SiLU(x) = x·σ(−x), a sign slip in the sigmoid's argument. Every result is finite (the stable
/// sigmoid never overflows), so only the law SiLU = x·σ(x) can catch it: the finiteness law holds.
/// </summary>
public static class SiluWithWrongSign
{
    public static void Silu<T>(ReadOnlySpan<T> x, Span<T> destination)
        where T : IFloatingPointIeee754<T> => StableActivations.Apply(x, destination, static value => value * StableActivations.Sigmoid(-value));
}
