namespace Verification.Laws.Generators;

/// <summary>Input of the cross-entropy gradient: logits z and a target probability vector y of the same width.</summary>
public sealed record LogitsWithTarget<T>(T[] Logits, T[] TargetProbabilities)
{
    /// <inheritdoc/>
    public override string ToString() => $"z = [{string.Join(", ", Logits)}], y = [{string.Join(", ", TargetProbabilities)}]";
}
