namespace Verification.Laws;

/// <summary>
/// A mathematical law that any implementation of the activations should obey, checkable against any
/// <see cref="Implementation"/> on inputs drawn from the law's own generator.
/// </summary>
public interface ILaw
{
    /// <summary>Stable identifier shared by the float and double versions, e.g. <c>softmax-rows-sum-to-one</c>.</summary>
    string Id { get; }

    /// <summary>Which kernels the law exercises.</summary>
    Precision Precision { get; }

    /// <summary><see cref="Id"/> with the precision, e.g. <c>softmax-rows-sum-to-one (double)</c>; unique in the catalog.</summary>
    string Name { get; }

    /// <summary>The law and its tolerance in mathematical notation.</summary>
    string Statement { get; }

    /// <summary>The catalog entry that proves what the law checks, or why none does.</summary>
    CatalogReference ProvedBy { get; }

    /// <summary>Checks the law on inputs drawn from its default generator, deterministically from the sampling seed.</summary>
    LawResult CheckGenerated(Implementation implementation, LawSampling sampling);

    /// <summary>
    /// Checks the law on the one generated case <paramref name="replay"/> names (a failing result's
    /// <see cref="Results.LawFails.Replay"/>), shrinking it again if it fails.
    /// </summary>
    /// <exception cref="ArgumentException"><paramref name="replay"/> was drawn for another law.</exception>
    LawResult Replay(Implementation implementation, CaseReplay replay);

    /// <summary>
    /// The law as an FsCheck property over its own generator: each generated input must not break the law for
    /// <paramref name="implementation"/> (a missing kernel breaks it too). FsCheck then shrinks a failure and
    /// prints the seed to replay it (<c>Replay</c> in FsCheck's configuration or the <c>[Property]</c> attribute).
    /// </summary>
    Property ToProperty(Implementation implementation);
}
