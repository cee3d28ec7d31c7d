// Every change of a provider's consent, whoever made it (the CMP, the page API, the reader's "remember" box).
addEventListener('newsroom:consent', (event) => {
  const { provider, consent } = event.detail;
  window.consentLog = [...(window.consentLog || []), { provider, consent }];
});
