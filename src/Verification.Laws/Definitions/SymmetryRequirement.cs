namespace Verification.Laws.Definitions;

/// <summary>How strictly <see cref="SoftmaxJacobianIsSymmetric{T}"/> demands Jᵢⱼ = Jⱼᵢ.</summary>
public enum SymmetryRequirement
{
    /// <summary>
    /// Within a few roundings (the default, for any implementation): the two entries may be computed along
    /// different paths.
    /// </summary>
    WithinTolerance,

    /// <summary>
    /// Bit for bit: a kernel computing Jᵢⱼ = [i = j]sᵢ − sᵢsⱼ from one vector s is exactly symmetric, because IEEE
    /// multiplication is commutative.
    /// </summary>
    Bitwise,
}
