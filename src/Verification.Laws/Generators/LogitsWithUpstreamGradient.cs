namespace Verification.Laws.Generators;

/// <summary>Input of the vector–Jacobian product: logits x and an upstream gradient g of the same width.</summary>
public sealed record LogitsWithUpstreamGradient<T>(T[] Logits, T[] UpstreamGradient)
{
    /// <inheritdoc/>
    public override string ToString() => $"x = [{string.Join(", ", Logits)}], g = [{string.Join(", ", UpstreamGradient)}]";
}
