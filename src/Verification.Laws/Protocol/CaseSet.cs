using System.Security.Cryptography;

namespace Verification.Laws.Protocol;

/// <summary>
/// Every distinct kernel call a set of laws makes on its generated inputs, found by running the laws themselves
/// against a <see cref="RecordingImplementation"/>: the laws draw their inputs deterministically from the
/// sampling seed, so running them again regenerates the same calls in the same order. No law chooses a kernel
/// input from a kernel output (each computes its shifted, paired, negated or doubled inputs from the generated
/// input alone), so recording with placeholder outputs sees every call the laws make on a real kernel.
/// </summary>
public sealed class CaseSet
{
    private readonly Dictionary<CaseKey, int> idByKey;

    private CaseSet(CaseSuite suite, IReadOnlyList<KernelCase> cases, Dictionary<CaseKey, int> idByKey)
    {
        Suite = suite;
        Cases = cases;
        this.idByKey = idByKey;
    }

    /// <summary>The sampling, laws and digest: what a results file must carry to be graded against these cases.</summary>
    public CaseSuite Suite { get; }

    /// <summary>The calls in the order the laws first make them; <see cref="KernelCase.Id"/> is the index.</summary>
    public IReadOnlyList<KernelCase> Cases { get; }

    /// <summary>Records the calls of <paramref name="laws"/> on the inputs <paramref name="sampling"/> draws.</summary>
    public static CaseSet Generate(IReadOnlyList<ILaw> laws, LawSampling sampling)
    {
        ArgumentNullException.ThrowIfNull(laws);
        ArgumentNullException.ThrowIfNull(sampling);
        var recorder = new RecordingImplementation();
        foreach (var law in laws)
        {
            recorder.Record(law, sampling);
        }

        var (cases, keys) = recorder.Calls();
        var idByKey = new Dictionary<CaseKey, int>(keys.Count);
        using var digest = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var id = 0; id < keys.Count; id++)
        {
            idByKey.Add(keys[id], id);
            keys[id].AppendTo(digest);
        }

        var suite = new CaseSuite(sampling, [.. laws.Select(static law => law.Name)], "sha256:" + Convert.ToHexStringLower(digest.GetHashAndReset()));
        return new CaseSet(suite, cases, idByKey);
    }

    /// <summary>The id of the case this call is, or null when the laws never make it.</summary>
    public int? IdOf<T>(KernelInvocation<T> invocation)
        where T : IFloatingPointIeee754<T> =>
        idByKey.TryGetValue(CaseKey.Of(invocation), out var id) ? id : null;
}
