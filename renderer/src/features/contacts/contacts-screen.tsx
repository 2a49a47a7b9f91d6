// Contacts: browse and edit the local CRM, import customer lists, keep the do-not-call list.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ContactsTabs, type ContactView } from './contacts-tabs';
import { DncPanel } from './dnc/dnc-panel';
import { ImportWizard } from './import/import-wizard';
import { ContactBrowser } from './list/contact-browser';

export function ContactsScreen() {
  const { t } = useTranslation();
  const [view, setView] = useState<ContactView>('list');
  return (
    // the list view fills the window: the list and the card scroll inside themselves, the page never does
    <section className={view === 'list' ? 'screen contacts-screen fill' : 'screen contacts-screen'}>
      <h1>{t('contacts.title')}</h1>
      <ContactsTabs view={view} onChange={setView} />
      <div role="tabpanel" id={`contacts-panel-${view}`} aria-labelledby={`contacts-tab-${view}`} className="tab-panel">
        {view === 'list' && <ContactBrowser onImport={() => setView('import')} />}
        {view === 'import' && <ImportWizard onShowContacts={() => setView('list')} />}
        {view === 'dnc' && <DncPanel />}
      </div>
    </section>
  );
}
