namespace Verification.Laws.Protocol;

/// <summary>
/// A script's answer to one case: the kernel's output (widened to double; a float case's values were read as
/// floats), or the error the script caught when its kernel failed on the input, which the laws then count as
/// the kernel throwing.
/// </summary>
/// <param name="Output">The output values, or null when <paramref name="Error"/> is set.</param>
/// <param name="Error">What the kernel raised, or null.</param>
public sealed record RecordedAnswer(IReadOnlyList<double>? Output, string? Error);
