namespace Verification.Laws.Controls;

/// <summary>
/// Negative control: SiLU(x) = x·σ(−x), a sign slip in the sigmoid's argument. Every result is finite (the stable
/// sigmoid never overflows), so only the law SiLU = x·σ(x) can catch it: the finiteness law holds.
/// </summary>
public static class SiluWithWrongSign
{
    public static void Silu(ReadOnlySpan<float> x, Span<float> destination) => StableActivations.Apply(x, destination, SiluOf);

    public static void Silu(ReadOnlySpan<double> x, Span<double> destination) => StableActivations.Apply(x, destination, SiluOf);

    public static void Sigmoid(ReadOnlySpan<float> x, Span<float> destination) => StableActivations.Apply(x, destination, StableActivations.Sigmoid);

    public static void Sigmoid(ReadOnlySpan<double> x, Span<double> destination) => StableActivations.Apply(x, destination, StableActivations.Sigmoid);

    private static T SiluOf<T>(T x)
        where T : IFloatingPointIeee754<T> =>
        x * StableActivations.Sigmoid(-x);
}
