namespace Bce.Runtime.DependencyInjection;

/// <summary>
/// The service key of one <c>AddBceClient</c> registration's credential provider. Compared by reference, so no other
/// registration (nor the application) can resolve or replace it by accident.
/// </summary>
/// <param name="clientName">The registration's HttpClient name, shown when debugging.</param>
internal sealed class CredentialsKey(string clientName)
{
    /// <inheritdoc />
    public override string ToString() => $"BCE credentials of {clientName}";
}
