namespace Verification.Laws.Controls;

/// <summary>A deliberately broken implementation and a one-line description of its defect.</summary>
/// <param name="Implementation">The kernels, broken as described.</param>
/// <param name="Defect">What is wrong with them.</param>
public sealed record NegativeControl(Implementation Implementation, string Defect);
