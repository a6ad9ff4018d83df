using System.Runtime.CompilerServices;
using Bce.Runtime.Errors;

namespace Bce.Runtime;

/// <summary>
/// All items of a marker-paginated list, fetched page by page as they are enumerated. Enumerate it directly for the
/// items, or use <see cref="AsPages"/> for pages (to resume from a saved marker, or to read response metadata).
/// </summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class BcePageable<T> : IAsyncEnumerable<T>
{
    private readonly Func<string?, CancellationToken, Task<BcePage<T>>> _fetchPage;
    private readonly string? _operationName;

    /// <summary>Creates the pageable.</summary>
    /// <param name="fetchPage">Fetches the page starting at a marker (<see langword="null"/> for the first page).</param>
    /// <param name="operationName">The list operation's name, used in errors.</param>
    public BcePageable(Func<string?, CancellationToken, Task<BcePage<T>>> fetchPage, string? operationName = null)
    {
        ArgumentNullException.ThrowIfNull(fetchPage);
        _fetchPage = fetchPage;
        _operationName = operationName;
    }

    /// <summary>
    /// Enumerates pages from <paramref name="marker"/> on. Stops after a page that is not truncated.
    /// </summary>
    /// <param name="marker">Where to start; <see langword="null"/> for the beginning.</param>
    /// <param name="cancellationToken">Cancels fetching.</param>
    /// <returns>The pages.</returns>
    /// <exception cref="BceClientException">
    /// The service said more pages follow but gave no next marker, or handed out a marker it had handed out before
    /// (which would loop forever).
    /// </exception>
    public async IAsyncEnumerable<BcePage<T>> AsPages(string? marker = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(marker))
        {
            seen.Add(marker);
        }

        var current = marker;
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = await _fetchPage(current, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException("The page fetcher returned null.");
            yield return page;

            if (!page.IsTruncated)
            {
                yield break;
            }

            if (string.IsNullOrEmpty(page.NextMarker))
            {
                throw PaginationError(page, "The service said the list is truncated but gave no nextMarker, so the remaining pages cannot be fetched.");
            }

            if (!seen.Add(page.NextMarker))
            {
                throw PaginationError(page, $"The service returned nextMarker '{page.NextMarker}' a second time; stopping instead of looping forever.");
            }

            current = page.NextMarker;
        }
    }

    /// <summary>Enumerates every item of every page.</summary>
    /// <param name="cancellationToken">Cancels fetching.</param>
    /// <returns>The items.</returns>
    public async IAsyncEnumerator<T> GetAsyncEnumerator(CancellationToken cancellationToken = default)
    {
        await foreach (var page in AsPages(null, cancellationToken).ConfigureAwait(false))
        {
            foreach (var item in page.Items)
            {
                yield return item;
            }
        }
    }

    private BceClientException PaginationError(BcePage<T> page, string message) => new(message)
    {
        OperationName = _operationName,
        StatusCode = page.Response.Status,
        RequestId = page.Response.RequestId,
    };
}
